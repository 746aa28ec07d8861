// invalid (lint38): any inner attribute after the first item (rustc's error)
async fn foo() -> u32 { 2 }
#![no_std] //~ ERROR an inner attribute is not permitted in this context
