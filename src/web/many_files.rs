//! Many files at once, picked in an `<input type=file multiple>` or dropped on the page, read
//! on this device (nothing is sent anywhere).

use amane_core::roster::DroppedFile;
use wasm_bindgen_futures::JsFuture;

/// Every file of a file list.
fn listed(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The files picked in `input`.
fn picked_files(input: &web_sys::HtmlInputElement) -> Vec<web_sys::File> {
    listed(input.files())
}

/// The files dropped with `event`.
fn dropped_files(event: &web_sys::DragEvent) -> Vec<web_sys::File> {
    listed(event.data_transfer().and_then(|d| d.files()))
}

/// Reads `files` one after the other: each one's name and bytes, or its size alone when it
/// is over `limit` bytes (such a file is not read). A file the browser cannot read gives
/// no bytes.
async fn read_files(files: Vec<web_sys::File>, limit: usize) -> Vec<DroppedFile> {
    let mut read = Vec::with_capacity(files.len());
    for file in files {
        let size = file.size() as usize;
        let bytes = if size > limit {
            Err(size)
        } else {
            let buffer = JsFuture::from(file.array_buffer()).await;
            Ok(buffer
                .map(|b| js_sys::Uint8Array::new(&b).to_vec())
                .unwrap_or_default())
        };
        read.push((file.name(), bytes));
    }
    read
}

/// Reads the files picked in `input` (see [`read_files`]).
pub fn read_picked_files(
    input: &web_sys::HtmlInputElement,
    limit: usize,
) -> impl std::future::Future<Output = Vec<DroppedFile>> {
    read_files(picked_files(input), limit)
}

/// Reads the files dropped with `event` (see [`read_files`]); the list is taken at once,
/// while the event lasts.
pub fn read_dropped_files(
    event: &web_sys::DragEvent,
    limit: usize,
) -> impl std::future::Future<Output = Vec<DroppedFile>> {
    read_files(dropped_files(event), limit)
}
