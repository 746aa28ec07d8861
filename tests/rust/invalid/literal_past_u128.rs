// invalid (hunt30): past u128::MAX the literal is the lexer's error, whatever its suffix
fn main() {
    let x = 340282366920938463463374607431768211456u64; //~ ERROR integer literal is too large
    let _ = x;
}
