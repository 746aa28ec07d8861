// invalid: `pub(super)` at the crate root
pub(super) fn f() -> u32 { 1 } //~ ERROR [E0433] too many leading `super` keywords
