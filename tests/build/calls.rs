// covers: calls of user fns with several arguments, nested calls, calls as statements
fn add3(a: u32, b: u32, c: u32) -> u32 { a + b + c }
fn twice(x: u32) -> u32 { x * 2 }
fn calls(a: u32) -> u32 {
    observe(a);
    let r = add3(twice(a), 1, twice(twice(a)));
    observe(r);
    r
}
