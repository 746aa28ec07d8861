// invalid (lint38): a scoped lint of a tool rustc does not know: E0710
#[allow(foo::bar)] //~ ERROR unknown tool name `foo` found in scoped lint: `foo::bar`
async fn g() -> u32 { 1 }
