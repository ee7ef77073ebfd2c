//! Amane's browser app: wiring only, the rules live in `amane-core`.
