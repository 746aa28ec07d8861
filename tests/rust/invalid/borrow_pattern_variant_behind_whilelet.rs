// invalid: `while let Some(g) = *p` (char28: rustc's E0507 text, the place and its first variant)
async fn f(p: &mut Option<Guard>) -> u32 {
    while let Some(g) = *p { //~ ERROR [E0507] cannot move out of `p` as enum variant `Some` which is behind a mutable reference
        return 1;
    }
    0
}
