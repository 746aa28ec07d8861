// invalid: an inherent integer method of a literal whose type is not known yet: rustc's E0689 (meth40)
fn f() -> u32 {
    5.wrapping_add(3) //~ ERROR [E0689] can't call method `wrapping_add` on ambiguous numeric type `{integer}`
}
