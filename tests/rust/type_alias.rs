// covers: type aliases (vis39): `type NAME = TYPE;` at the top level and in a fn body, naming integers,
// arrays, Option, a struct and an enum, a chain of aliases, an alias used before its item, in struct
// fields, signatures, `let` annotations, casts and array lengths, values held across awaits; the MIR and
// layouts see only TYPE; dead_code: an alias named only by a dead struct or by nothing is "never used",
// one named by a live fn, struct or alias is live; a lower-case alias gets non_camel_case_types
//@ args: sample 7
//@ args: sample 0
//@ args: fill 3
type Word = u32;
type Buf = [u8; 4];
type Reading = Option<Half>;
type Half = u16;
type Chain = Word;
type DevRef = Dev;
type ModeAlias = Mode;
pub type Id = u8;
type Unused = u64;
type raw_byte = u8;

#[derive(Clone, Copy)]
enum Mode {
    Fast,
    Slow(Half),
}

struct Dev {
    id: Id,
    buf: Buf,
    mode: ModeAlias,
}

struct Dead {
    w: Unused,
}

fn decode(b: &Buf, m: ModeAlias) -> Reading {
    match m {
        Mode::Fast => Some((*b)[0] as Half),
        Mode::Slow(k) => if k > 3 { Some((*b)[1] as Half + k) } else { None },
    }
}

async fn sample(x: Chain) -> Word {
    let d: DevRef = Dev { id: 3, buf: [x as u8, 2, 3, 4], mode: Mode::Slow(x as Half) };
    let g = guard(x);
    yield_now().await;
    let r: Reading = decode(&d.buf, d.mode);
    let _k = g;
    match r {
        Some(v) => v as Word + d.id as Word,
        None => 0,
    }
}

async fn fill(n: Word) -> Word {
    type Local = [Word; 3];
    let mut a: Local = [0; 3];
    let mut i = 0;
    while i < 3 {
        yield_now().await;
        a[i] = n + i as Word;
        i += 1;
    }
    a[0] + a[1] + a[2]
}
