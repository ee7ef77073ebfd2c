//! Locales, text direction, negotiation and Fluent message lookup.
