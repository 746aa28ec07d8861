// invalid: a struct `Guard` (E0428, at the item's start: it was at the name) reported after a
// later syntax error, as rustc resolves after parsing
struct Guard(u8);
fn f() -> u32 {
    let x = ; //~ ERROR expected expression, found `;`
    1
}
