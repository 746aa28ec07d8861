// invalid (constfn40): an async block in a const fn (E0658)
const fn c() -> u32 {
    let _b = async { 1u32 }; //~ ERROR [E0658] `async` blocks are not allowed in constant functions
    2
}
fn f() -> u32 { c() }
