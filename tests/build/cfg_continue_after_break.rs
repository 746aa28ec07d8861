// covers (build golden of tests/rust/cfg_continue_after_break.rs, numbering equal to rustc 1.95): SimplifyCfg's goto-chain collapse with rustc's predecessor counts (issue 22, found as
// gen --seed 1 gen_1_13 scrut3): a loop with `if c { break }` then `if !c { continue }` before an
// await; the continue's block must merge into the `!c` branch and keep its number (bb5 in
// `brk_cont`), as rustc 1.95's StateTransform dumps have it. The other fns vary the chain: two
// continues sharing the loop's drop tree, a `while` with a match in the condition of the `if`;
// `plain_cont` (no `break` before the `continue`) was equal before the fix too.
//@ args: brk_cont true
//@ args: two_conts true,false
//@ args: two_conts false,true
//@ args: while_match true,1
//@ args: while_match false,0
//@ args: plain_cont true
async fn brk_cont(p0: bool) {
    loop {
        if p0 {
            break;
        }
        if !p0 {
            continue;
        }
        yield_now().await;
    }
}

async fn two_conts(p0: bool, p1: bool) -> u32 {
    let mut n = 0u32;
    loop {
        n += 1;
        if n > 3 {
            break;
        }
        if !p0 {
            continue;
        }
        if p1 {
            continue;
        }
        yield_now().await;
    }
    n
}

async fn while_match(p0: bool, p1: u16) -> u32 {
    let mut i = 0u32;
    while i < 2 {
        i += 1;
        if (match 12940u64 {
            0 | 8 => p0,
            _ => !p0,
        }) {
            break;
        }
        if !p0 {
            continue;
        }
        match p1 <= (i as u16) {
            true => observe(i),
            _ => {
                yield_now().await;
            }
        }
    }
    yield_now().await;
    i
}

async fn plain_cont(p0: bool) {
    loop {
        if !p0 {
            continue;
        }
        yield_now().await;
        break;
    }
}
