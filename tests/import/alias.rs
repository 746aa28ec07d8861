// tests/import/alias.rs — type spellings the importer reads as one type, for `coroslim import
// tests/import/alias_dump --format=json`: a return type that rustc prints with a re-export's name
// in the signature (`Box<dyn StdError + Send + Sync>`: alias_dep.rs re-exports std's Error as
// StdError, as serde does, and trimmed paths pick that unique name) and with the full path in
// `_0` (`std::error::Error`), as in reqwest; items declared in a fn body, whose paths run through
// it (`f::{closure#0}::Local`). alias_dump/ is made by tests/import/regen.sh (rustc 1.95.0).
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

// a struct declared in an async fn's body: its locals print its path through the body,
// `local_item::{closure#0}::Local` (tokio-postgres's RollbackIfNotDone)
pub async fn local_item(x: u32) -> u32 {
    struct Local {
        v: u32,
    }
    let l = Local { v: x };
    leaf().await;
    l.v
}

// the same in a method of a generic impl: `Cell<T>::get::{closure#0}::Guard<'_, T>`
// (async-lock's OnceCell<T>::initialize_or_wait)
pub struct Cell<T>(pub T);
impl<T> Cell<T> {
    pub async fn get(&self) -> u32 {
        struct Guard<'a, T>(&'a Cell<T>);
        let g = Guard(self);
        leaf().await;
        let Guard(_c) = g;
        1
    }
}
