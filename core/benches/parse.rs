//! Measures how long a large module takes to parse: builds a ~200 KB module (prose in
//! French and Arabic, callouts, quizzes and scenarios) and prints the median of many parses.
//!
//! Also times the shipped welcome module, a typical size, and the worst case of one 1 MB line
//! of citations (linear since citations and columns are located in one pass).
//!
//! Run with `cargo bench -p amane-core --bench parse`: the `bench` profile optimises for speed,
//! as a host build of the checker would be. Goal: under 5 ms. `cargo bench -p amane-core --bench
//! parse --profile release` measures the same code optimised for size, as the wasm ships it.

use std::time::{Duration, Instant};

use amane_core::content::{parse_module, render, MarkdownOptions};

#[path = "../tests/content/worst_case.rs"]
mod worst_case;
use worst_case::one_line_of_citations;

const TARGET_BYTES: usize = 200 * 1024;
const RUNS: usize = 41;

/// One step with every block kind; `n` keeps the ids unique.
fn step(n: usize) -> String {
    format!(
        "## Étape {n} {{#etape-{n}}}

Sur les réseaux sociaux, **ce que tu publies** peut rester longtemps. Avant de partager une photo,
demande-toi qui pourra la voir, et [lis les conseils](https://www.example.ma/conseils) du guide.
على الشبكات الاجتماعية، ما تنشره قد يبقى طويلًا. قبل أن تشارك صورة، اسأل نفسك من يمكنه رؤيتها.

- Vérifie tes paramètres de confidentialité
- Ne partage pas ta position en direct
- Demande l'accord des personnes sur la photo

> [!TIP]
> Une phrase de passe de quatre mots au hasard est facile à retenir.

> [!HELP]
> إذا حدث لك هذا، تحدّث إلى شخص بالغ تثق به.

```quiz quiz-{n}
### Quel mot de passe est le plus solide ? {{#q1 .single}}

- [ ] `123456`
  > C'est le premier essayé.
- [x] Une phrase de quatre mots
  > Oui.
- [ ] Ta date de naissance

> La longueur compte plus que les symboles.

### Lesquels protègent ton compte ? {{#q2 .multiple points=2}}

- [x] La validation en deux étapes
- [x] Un mot de passe par site
- [ ] Le partager avec un ami

### Remets dans l'ordre. {{#q3 .order}}

1. Ne pas répondre
2. Faire une capture
3. Bloquer
4. Signaler

### Associe. {{#q4 .match}}

- Hameçonnage -> Un faux message
- Doxxing -> Publier des informations privées
```

```scenario histoire-{n}
### Un message {{#debut}}

Quelqu'un publie une photo de Salma avec des moqueries.

- [Répondre par une insulte](#escalade)
  > La dispute s'envenime.
- [Ne rien dire](#silence) {{points=1}}
- [Prévenir l'animatrice](#aide) {{points=2}}

> [!DISCUSS]
> Qu'est-ce que Salma ressent ?

### La dispute {{#escalade .end-bad}}

Les insultes pleuvent.

### Le silence {{#silence .end-mixed}}

Salma se sent seule.

### L'aide {{#aide .end-good}}

Le message est supprimé.
```

"
    )
}

fn module() -> String {
    let mut text = String::from("+++\nsources = []\n+++\n\n");
    let mut n = 1;
    while text.len() < TARGET_BYTES {
        text.push_str(&step(n));
        n += 1;
    }
    text
}

/// Median and fastest time of `RUNS` calls of `work` (the fastest shows the cost without
/// interference from other programs).
fn timings(mut work: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .collect();
    times.sort();
    (times[RUNS / 2], times[0])
}

fn main() {
    let text = module();
    let check = parse_module("bench.md", "bench", "fr", &text);
    assert!(
        check.diagnostics.is_empty(),
        "the benchmark module must parse cleanly: {:?}",
        check.diagnostics.first()
    );
    let (parse, fastest) = timings(|| {
        std::hint::black_box(parse_module("bench.md", "bench", "fr", &text));
    });
    let (plain, _) = timings(|| {
        std::hint::black_box(render(&text, &MarkdownOptions::default()));
    });
    println!(
        "parse_module on a {} KB module ({} steps): median {:.2} ms, fastest {:.2} ms over \
         {RUNS} runs (rendering the same file as plain Markdown: median {:.2} ms)",
        text.len() / 1024,
        check.module.steps.len(),
        parse.as_secs_f64() * 1000.0,
        fastest.as_secs_f64() * 1000.0,
        plain.as_secs_f64() * 1000.0,
    );
    let welcome_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../content/modules/00-bienvenue/ar.md"
    );
    if let Ok(welcome) = std::fs::read_to_string(welcome_path) {
        let (typical, _) = timings(|| {
            std::hint::black_box(parse_module("ar.md", "00-bienvenue", "ar", &welcome));
        });
        println!(
            "parse_module on the shipped welcome module (ar.md, {} KB): median {:.3} ms",
            welcome.len() / 1024,
            typical.as_secs_f64() * 1000.0,
        );
    }
    let worst = one_line_of_citations(1 << 20);
    let started = Instant::now();
    let parsed = parse_module("worst.md", "worst", "fr", &worst);
    println!(
        "parse_module on the worst case, 1 MB of citations on one line (half of them of no \
         source): {:.0} ms, {} diagnostics listed",
        started.elapsed().as_secs_f64() * 1000.0,
        parsed.diagnostics.len(),
    );
}
