// covers: `x as char` of an integer variable whose type a later statement infers (char28): rustc
// checks casts at the end of the fn, so `let y: u8 = x;` makes it a u8 -> char cast (IntToInt)
async fn conv(b: u8) -> u32 {
    let x = 65;
    let c = x as char;
    yield_now().await;
    let y: u8 = x;
    let n = 200;
    let d = n as char;
    let m: u8 = if b > 3 { n } else { b };
    yield_now().await;
    c as u32 + y as u32 + d as u32 + m as u32 + ('é' as u8) as u32
}
//@ args: conv 7
//@ args: conv 2
