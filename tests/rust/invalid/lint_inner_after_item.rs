// invalid (lint38): an inner lint attribute after the first item
async fn g() -> u32 { 1 }
#![allow(dead_code)] //~ ERROR an inner attribute is not permitted in this context
