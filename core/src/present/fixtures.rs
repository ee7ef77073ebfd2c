//! A small module with a lesson step, one scenario and one question set, parsed like real
//! content.

use crate::content::{parse_map, parse_module, Module};

/// The fixture's Markdown.
pub const TEXT: &str = r#"+++
sources = []
+++

## Before we start {#intro}

Everyone here has a phone.

> [!TIP]
> Keep your answers short.

> [!TRAINER]
> Intro note: ask who uses which app.

## Story {#story-step}

> [!TRAINER]
> Step note: ask who has already seen this.

```scenario story
### A message {#start}

Someone posts a photo of you.

- [Tell an adult](#told) {points=2}
  > The adult listens.
- [Say nothing](#alone)
  > You stay alone with it.

> [!DISCUSS]
> Who do you tell first?

> [!TRAINER]
> Node note: nobody has to share.

### Told {#told}

The adult helps you report it.

- [Report together](#good) {points=1}
  > The post is removed.
- [Wait](#slow)

### Removed {#good .end-good}

Done.

### Slow {#slow .end-mixed}

Later.

### Alone {#alone .end-bad}

Alone.
```

## Check {#check-step}

```quiz check
### Which is safest? {#q1 .single}

- [ ] Share your password
- [x] Keep it to yourself
  > Right.
- [ ] Write it on the wall

> Passwords are private.

### Put in order {#q2 .order}

1. First
2. Second
3. Third

### Screenshots help. {#q3 .true-false}

- [x] True
- [ ] False
```
"#;

/// The fixture, parsed; panics on any diagnostic so a broken fixture is obvious.
pub fn module() -> Module {
    let parsed = parse_module("fr.md", "m", "fr", TEXT);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let map = parse_map("map/fr.toml", MAP);
    assert!(map.diagnostics.is_empty(), "{:?}", map.diagnostics);
    let mut module = parsed.module;
    module.place_on_map(&map.map);
    module
}

/// The fixture's entry in the course map.
pub const MAP: &str = "[m]\ntitle = \"Module\"\nsummary = \"S\"\nminutes = 15\n";
