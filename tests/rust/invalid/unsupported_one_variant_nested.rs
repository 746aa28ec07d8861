// invalid: a one-variant enum's pattern nested in another pattern (not modelled)
enum W { A(u32) }
fn f(o: Option<W>) -> u32 {
    match o {
        Some(W::A(x)) => x, //~ ERROR not supported
        None => 0,
    }
}
