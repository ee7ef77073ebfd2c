//! Entry point: install the panic hook and mount the app once the messages of its language
//! are there; nothing else.

fn main() {
    console_error_panic_hook::set_once();
    amane::ui::i18n::start(|| leptos::mount::mount_to_body(amane::App));
}
