// flow40: unused_labels (rustc_resolve's buffered lint, at the labeled node before its own early lints),
// `'_x` labels never reported, a labeled `while true`'s span from its label; unreachable code after a
// loop without a break to it, reached through a labeled block's break; let-else's parentheses
fn f(n: u32) -> u32 {
    let mut i = 0;
    'a: loop {
        'b: while i < n {
            i += 1;
            if i == 5 { break 'a; }
        }
        'c: {
            i += 1;
        }
        '_d: loop { break; }
        let v = 'e: { 3 };
        if i > 2 { break; }
    }
    'f: while (true) { break 'f; }
    let w = 'g: {
        if i > 1 { break 'g 4; }
        return 0;
    };
    let x = 'h: loop { continue 'h; };
    i + w
}

fn g(o: Option<u32>) -> u32 {
    let Some(a) = (if o.is_some() { o } else { None }) else { return 1; };
    let Some(b) = (o) else { return 2; };
    let Some(c) = o else { return 3; observe(2); };
    a + b + c
}

fn main() {
    f(1);
    g(None);
}
