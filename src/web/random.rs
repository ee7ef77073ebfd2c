//! Randomness from the browser.

/// A random number from 1 to `u32::MAX - 1`, e.g. to tell this window's changes from
/// another's.
pub fn nonzero_u32() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX - 1)) as u32 + 1
}

/// A random 64-bit seed, e.g. to draw an assessment attempt's questions.
pub fn seed() -> u64 {
    (u64::from(nonzero_u32()) << 32) | u64::from(nonzero_u32())
}
