//! Files the learner downloads or picks: nothing leaves the device otherwise.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a downloaded file named `name`.
pub fn download(name: &str, text: &str, mime: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(name);
    document.body()?.append_child(&link).ok()?;
    link.click();
    link.remove();
    web_sys::Url::revoke_object_url(&url).ok()
}

/// The bytes of the first file picked in `input`, reading at most `limit + 1` bytes' worth
/// of size check first (a larger file is refused by its size, not read).
pub async fn read_picked(input: &web_sys::HtmlInputElement, limit: usize) -> Option<Result<Vec<u8>, usize>> {
    let file = input.files()?.get(0)?;
    let size = file.size() as usize;
    if size > limit {
        return Some(Err(size));
    }
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(Ok(js_sys::Uint8Array::new(&buffer).to_vec()))
}
