// invalid: the `?` operator on an Option whose payload has a niche (Option<bool>: the niche-filling layout)
fn f() -> Option<bool> { let v = Some(true)?; Some(v) } //~ ERROR not supported
