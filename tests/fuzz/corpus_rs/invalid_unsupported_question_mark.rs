// invalid: the `?` operator (and Option)
fn f() -> Option<u32> { let v = Some(3u32)?; Some(v) } //~ ERROR not supported
