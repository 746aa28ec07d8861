// covers: statics and consts whose initializers read statics (consts37): a static made of another
// (declared before or after it), a bool static negating another, a const item, an array length and a
// repeat count reading a static, a const made of a static as a match pattern; reads held across awaits.
// rustc's MIR reads each static through `const {allocN: &T}` and names the const `const C`
//@ args: reads 0
//@ args: reads 10
//@ args: reads 3
//@ args: lengths 2
static A: u32 = 5;
static B: u32 = A + 1;
static LATER: u32 = EARLY * 3;
static EARLY: u32 = 4;
static F: bool = !T;
static T: bool = true;
static N: usize = 3;
static CH: char = 'q';
static CH2: char = CH;
const C: u32 = A * 2;
const M: u8 = (B as u8) << 2;

async fn reads(x: u32) -> u32 {
    let r = &B;
    yield_now().await;
    let tag = if CH2 == 'q' { 1 } else { 0 };
    match x {
        C => *r + LATER,
        3 => M as u32 + tag,
        _ => B + C + F as u32,
    }
}

async fn lengths(i: usize) -> u32 {
    let a: [u32; N] = [A; N];
    yield_now().await;
    let b = [B; N * 2];
    a[i] + b[i + 1]
}
