// covers: this session's features together (merge40): a `#[repr(u8)]` command enum built by a `const fn`
// and cast, a for loop over a range whose bound comes from `saturating_sub`, `wrapping_add` on a sequence
// number, `let`-`else` on an Option from `checked_add`, a labeled loop left with `break 'scan value`,
// `matches!` on the repr enum, `assert!` and `unreachable!` on paths rustc compiles alike, a Guard dropped
// across the awaits, `unwrap_or` of an Option
#[repr(u8)]
#[derive(Clone, Copy)]
enum Cmd { Nop = 0, Read = 3, Write = 7 }
const fn cmd_of(n: u32) -> Cmd { if n == 0 { Cmd::Nop } else if n % 2 == 1 { Cmd::Read } else { Cmd::Write } }
//@ args: drive 0
//@ args: drive 3
//@ args: drive 4
async fn drive(n: u32) -> u32 {
    let g = guard(n);
    let mut seq = 250u8;
    let mut acc = 0u32;
    for i in 0..n.saturating_sub(1) {
        seq = seq.wrapping_add(3);
        yield_now().await;
        acc += i + seq as u32;
    }
    let Some(total) = acc.checked_add(n) else { return 0; };
    let c = cmd_of(n);
    assert!(total >= n);
    let hit = 'scan: loop {
        for k in 0..=3u32 {
            if k == (c as u8 as u32) % 4 {
                break 'scan k;
            }
        }
        unreachable!();
    };
    yield_now().await;
    let w = if matches!(c, Cmd::Read | Cmd::Write) { 10 } else { 20 };
    let _h = g;
    total + hit + w + Some(seq as u32).unwrap_or(0)
}
fn main() {}
