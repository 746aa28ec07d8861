// invalid: a borrow of a block as a temporary (`&{ .. }`; a call's, an arithmetic value's, a literal's are
// admitted since tempref36, a constant one is rustc's promotion)
fn g(r: &u32) -> u32 { *r }
fn f(x: u32) -> u32 {
    g(&{ x + 1 }) //~ ERROR not supported
}
