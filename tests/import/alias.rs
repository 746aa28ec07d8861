// tests/import/alias.rs — a return type that rustc prints with a re-export's name in the
// signature (`Box<dyn StdError + Send + Sync>`: alias_dep.rs re-exports std's Error as StdError,
// as serde does, and trimmed paths pick that unique name) and with the full path in `_0`
// (`std::error::Error`), as in reqwest; for `coroslim import tests/import/alias_dump
// --format=json`. alias_dump/ is made by tests/import/regen.sh (rustc 1.95.0).
extern crate alias_dep;

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

pub async fn leaf() {}

pub async fn aliased(x: u32) -> Result<u32, BoxError> {
    leaf().await;
    if x == 0 {
        return Err("zero".into());
    }
    Ok(x)
}
