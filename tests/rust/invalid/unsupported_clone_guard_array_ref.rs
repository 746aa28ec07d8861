// invalid: `.clone()` through a reference to an array of Guards: rustc clones the reference
// (`<&[Guard; 1] as Clone>::clone`), which coroslim does not model: refused (meth40)
fn f(a: &[Guard; 1]) -> u32 {
    let _b = a.clone(); //~ ERROR not supported
    0
}
