// covers: slices (slice40, issue 22): `&[u8]` / `&mut [u8]` parameters, lets and struct fields, unsizing
// coercions of array references at calls and annotated lets, `len`, `is_empty`, indexing read and write,
// `&s[i]`, `&mut s[i]`, slices held across awaits and in an Option (the fat pointer's niche), an index out of
// bounds unwinding past a guard
//@ args: frames 1
//@ args: frames 9
//@ args: fill 2
//@ args: fill 5
//@ args: opt 1
//@ args: opt 2
struct Port {
    sent: u32,
}
impl Port {
    async fn write(&mut self, buf: &[u8]) -> usize {
        let n = buf.len();
        yield_now().await;
        self.sent += buf[0] as u32;
        n
    }
}
fn checksum(s: &[u8]) -> u32 {
    let mut i = 0;
    let mut sum = 0u32;
    while i < s.len() {
        sum += s[i] as u32;
        i += 1;
    }
    sum
}
fn poke(s: &mut [u8], i: usize, b: u8) {
    s[i] = b;
    let r = &mut s[0];
    *r += 1;
}
async fn send(buf: &[u8], at: usize) -> u32 {
    let g = guard(7);
    yield_now().await;
    let e = buf.is_empty();
    let r = &buf[at];
    yield_now().await;
    observe(*r as u32);
    buf[at] as u32
}
async fn frames(at: usize) -> u32 {
    let mut frame = [1u8, 2, 3, 4, 5, 6, 7, 8];
    let mut port = Port { sent: 0 };
    let n = port.write(&frame).await;
    poke(&mut frame, 2, 40);
    let s: &[u8] = &frame;
    yield_now().await;
    observe(checksum(s));
    let v = send(&frame, at).await;
    v + n as u32 + port.sent
}
async fn fill(k: usize) -> u32 {
    let mut buf = [0u8; 4];
    let m: &mut [u8] = &mut buf;
    m[k] = 9;
    yield_now().await;
    m[1] = m[k];
    observe(checksum(&buf));
    buf[1] as u32
}
async fn pick(s: &[u8], i: usize) -> u8 {
    let o: Option<&[u8]> = Some(s);
    yield_now().await;
    match o {
        Some(t) => t[i],
        None => 0,
    }
}
async fn opt(i: usize) -> u8 {
    let a = [5u8, 6];
    pick(&a, i).await
}
