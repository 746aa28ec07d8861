// invalid: `as` moves the enum (not Copy): it cannot be used after
enum Code { Low = 1, High = 5 }
fn f(c: Code) -> u32 {
    let a = c as u32;
    let b = c as u32; //~ ERROR use of moved value
    a + b
}
