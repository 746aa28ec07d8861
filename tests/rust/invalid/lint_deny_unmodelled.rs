// invalid (lint38): a level other than allow for a lint coroslim does not report is refused (rustc would
// report it: here missing_docs, allowed by default, denied, rejects the crate for its missing docs)
#![deny(missing_docs)] //~ ERROR `deny(missing_docs)` is not supported
async fn g() -> u32 { 1 }
