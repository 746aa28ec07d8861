// tests/import/alias_dep.rs — the crate tests/import/alias.rs depends on: it re-exports std's
// Error trait under another name, as serde does (`serde::de::StdError`), which rustc's trimmed
// paths then print in the dependent crate's signatures.
pub mod de {
    pub use std::error::Error as StdError;
}
