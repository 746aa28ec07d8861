// pattern: await-free async fns that do real work (ring-buffer index math) and have side effects
//@ args: push 7,3
//@ args: pop 3,2
async fn push(head: u32, len: u32) -> u32 {
    let next = (head + 1) % 16;
    observe(next);
    if len >= 16 { head } else { next }
}

async fn pop(tail: u32, len: u32) -> u32 {
    if len == 0 {
        return tail;
    }
    (tail + 1) % 16
}
