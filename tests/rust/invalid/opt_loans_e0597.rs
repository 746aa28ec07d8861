// invalid (optloan35): an Option<&u32> outliving the borrowed variable's block (E0597)
fn f(n: u32) -> u32 {
    let o;
    {
        let y = 1u32;
        o = Some(&y); //~ ERROR [E0597] `y` does not live long enough
    }
    match o { Some(r) => *r, None => 0 }
}
