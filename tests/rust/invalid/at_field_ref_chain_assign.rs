// invalid: `Some(ref a @ ref b)` holds loans of o's field: assigning o while b lives is E0506 (bind30)
fn f(mut o: Option<u32>) -> u32 {
    match o { Some(ref a @ ref b) => { o = None; *b }, None => 0 } //~ ERROR [E0506] cannot assign to `o` because it is borrowed
}
