// covers: char's layout (diag27): size 4, align 4, valid 0..=0x10FFFF, so `Option<char>` is 4 bytes (None
// in the niche, 0x110000) and a struct / enum payload of chars; held across awaits in the state
struct Pair {
    a: char,
    n: u8,
}

enum Tok {
    Letter(char),
    Digit(u8),
    End,
}

fn first(t: u8) -> Option<char> {
    if t == 0 { None } else { Some(t as char) }
}

fn tok(b: u8) -> Tok {
    if b >= 48 && b <= 57 { Tok::Digit(b - 48) } else if b == 0 { Tok::End } else { Tok::Letter(b as char) }
}

async fn hold(b: u8) -> u32 {
    let o = first(b);
    let p = Pair { a: 'z', n: b };
    let t = tok(b);
    yield_now().await;
    let x = match o {
        Some('a'..='m') => 1,
        Some(c) => c as u32,
        None => 0,
    };
    let y = match t {
        Tok::Letter(c) => c as u32,
        Tok::Digit(d) => d as u32,
        Tok::End => 7,
    };
    yield_now().await;
    x + y + p.a as u32 + p.n as u32
}

//@ args: run_hold 104
async fn run_hold(b: u8) -> u32 {
    let a = hold(b).await;
    let c = hold(0).await;
    let d = hold(53).await;
    a + c + d
}
