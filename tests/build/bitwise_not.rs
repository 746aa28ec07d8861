// covers: & | ^ on integers and bools, `!` on integers and bools
fn bits(a: u8, b: u8, c: bool) -> u8 {
    let x = a & b;
    let y = a | b;
    let z = a ^ b;
    let w = !a;
    let t = c & true | false ^ c;
    if !t { x } else { y + z + w }
}
