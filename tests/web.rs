//! Browser tests: components mounted in headless Chromium, checked as a person would see them.
#![cfg(target_arch = "wasm32")]

use amane::ui::components::quiz::QuizPlayer;
use amane::ui::i18n::I18n;
use amane::ui::learner::Learner;
use amane_core::content::parse_module;
use amane_core::i18n::{Catalog, Locale};
use amane_core::progress::StoreKeys;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const MODULE: &str = "+++\nsources = []\n+++\n\n## Un {#un}\n\n```quiz essai\n### Où est gardée ta progression ? {#ou .single}\n\n- [ ] Sur un serveur\n  > Non.\n- [x] Sur cet appareil\n  > Oui !\n\n> Rien n'est envoyé.\n```\n";

/// A fresh container in the page, after resetting storage and the runner page's fragment.
fn host() -> web_sys::HtmlElement {
    let window = web_sys::window().unwrap();
    window.local_storage().unwrap().unwrap().clear().unwrap();
    let document = window.document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// The question set of the test module, mounted with the contexts the app provides (and the
/// French messages, which the app downloads before it mounts).
fn mount_quiz(host: &web_sys::HtmlElement) {
    Catalog::shipped().add(
        Locale::of("fr"),
        include_str!("../locales/fr/main.ftl").to_owned(),
    );
    let set = match &parse_module("t/fr.md", "t", "fr", MODULE).module.steps[0].blocks[0] {
        amane_core::content::Block::Quiz(set) => set.clone(),
        other => panic!("expected a quiz, got {other:?}"),
    };
    leptos::mount::mount_to(host.clone(), move || {
        I18n::provide(Locale::of("fr"));
        Learner::provide("test-course");
        view! { <QuizPlayer module=Arc::from("t") set=set.clone()/> }
    })
    .forget();
}

/// Clicks the element matching `selector` inside `host`.
fn click(host: &web_sys::HtmlElement, selector: &str) {
    let el: web_sys::HtmlElement = host
        .query_selector(selector)
        .unwrap()
        .expect(selector)
        .unchecked_into();
    el.click();
}

#[wasm_bindgen_test]
async fn checking_without_an_answer_asks_for_one() {
    let host = host();
    mount_quiz(&host);
    leptos::task::tick().await;
    click(&host, "button.primary");
    leptos::task::tick().await;
    let alert = host
        .query_selector(".answer-all")
        .unwrap()
        .expect("a message");
    assert_eq!(
        alert.text_content().unwrap(),
        "Réponds à toutes les questions avant de vérifier."
    );
}

#[wasm_bindgen_test]
async fn a_right_answer_shows_feedback_in_words_and_saves_the_best_score() {
    let host = host();
    mount_quiz(&host);
    leptos::task::tick().await;
    let right = host.query_selector_all(".option").unwrap();
    let index = (0..right.length())
        .find(|&i| {
            right
                .get(i)
                .unwrap()
                .text_content()
                .unwrap()
                .contains("Sur cet appareil")
        })
        .unwrap();
    let option: web_sys::Element = right.get(index).unwrap().unchecked_into();
    let input: web_sys::HtmlElement = option
        .query_selector("input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    input.click();
    click(&host, "button.primary");
    leptos::task::tick().await;
    let feedback = host
        .query_selector(".feedback")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(feedback.contains("Bonne réponse"), "{feedback}");
    assert!(feedback.contains("Rien n'est envoyé."), "{feedback}");
    let option_text = option.text_content().unwrap();
    assert!(
        option_text.contains("Tu l'as choisie : c'est juste."),
        "{option_text}"
    );
    assert!(option_text.contains("Oui !"), "{option_text}");
    let saved = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&StoreKeys::for_course("test-course").main())
        .unwrap()
        .unwrap();
    assert!(
        saved.contains("\"essai\":{\"earned\":100,\"max\":100}"),
        "{saved}"
    );
}
