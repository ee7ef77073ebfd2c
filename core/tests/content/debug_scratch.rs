use amane_core::content::parse_module;

#[test]
fn scratch() {
    let text = r#"+++
title = "Mots de passe"
summary = "Des phrases."
minutes = 15
sources = []
+++

## Pourquoi c'est important {#pourquoi}

Texte de la leçon… <b>gras</b> [x](javascript:alert(1)) [ok](https://a.ma) ![img](https://x/y.png)

> [!TIP]
> Une phrase de passe de quatre mots est plus facile à retenir.

> [!HELP]
> Si cela t'arrive : parles-en à un adulte de confiance.

```quiz verifier
### Quel mot de passe est le plus solide ? {#q1 .single points=1}

- [ ] `123456`
  > C'est le premier essayé par les pirates.
- [x] Une phrase de quatre mots au hasard
  > Oui : la longueur compte plus que les symboles.
- [ ] Ta date de naissance

> Une phrase de passe longue est solide et facile à retenir.

### On peut donner son code SMS à un agent du service client. {#q3 .true-false}

- [ ] Vrai
- [x] Faux
  > Aucun service ne demande ce code.

### Remets les étapes dans l'ordre {#q4 .order points=2}

1. Ne pas répondre
2. Faire des captures d'écran

### Associe chaque mot à sa définition {#q5 .match}

- Hameçonnage -> Un faux message qui imite un service connu
- Doxxing -> Publier les informations privées de quelqu'un
```

## Deux {#deux}

```scenario groupe-whatsapp
### Un message dans le groupe {#debut}

Dans le groupe WhatsApp.

- [Tu réponds par une insulte](#escalade)
  > La dispute s'envenime.
- [Tu fais une capture d'écran](#aide) {points=2}
  > Tu gardes une preuve.

> [!DISCUSS]
> Qu'est-ce que Salma ressent ?

> [!TRAINER]
> Laisser le groupe proposer d'autres réactions.

### La dispute s'envenime {#escalade .end-bad}

Les insultes pleuvent.

### L'animatrice intervient {#aide .end-good}

Le message est supprimé.
```
"#;
    let parsed = parse_module("fr.md", "m", "fr", text);
    for d in &parsed.diagnostics {
        println!("{d}");
    }
    println!("{:#?}", parsed.module);
    println!("{:#?}", parsed.locations);
    panic!();
}
