// invalid: `Some(a @ S { k, .. })`: k moves out of the field, then a moves the whole of it (E0382, bind30)
struct S { k: Guard, j: u8 }
fn f(o: Option<S>) -> u32 {
    match o { Some(a @ S { k, .. }) => 0, None => 1 } //~ ERROR [E0382] use of partially moved value
}
