// covers (warn33): an async block's store into a variable it captures by value: "value captured by `x`
// is never read" when the captured value is dead at the block's entry (at the first store), then its
// dead stores; the parent's variable unused when the block only writes it
async fn a(n: u32) -> u32 {
    let mut x = n;
    let f = async move {
        x = 5;
    };
    f.await;
    0
}
async fn b(n: u32) -> u32 {
    let mut x = n;
    let f = async {
        x = 5;
    };
    f.await;
    x
}
async fn c(n: u32) -> u32 {
    let mut x = n;
    let f = async move {
        x = 5;
        x += 1;
    };
    f.await;
    0
}
async fn d(n: u32) -> u32 {
    let mut x = n;
    let f = async move {
        x = 5;
        x
    };
    f.await
}
async fn a_more(n: u32) -> u32 {
    let mut x = n;
    let f = async {
        x = 5;
    };
    f.await;
    0
}
async fn b_more(n: u32) -> u32 {
    let mut x = n;
    let f = async move {
        let y = x;
        x = y + 1;
        x
    };
    f.await
}
async fn c_more(n: u32) -> u32 {
    let mut x = n;
    let mut z = n;
    let f = async move {
        if n > 2 { x = 1; } else { z = 2; }
        x + z
    };
    f.await
}
async fn d_more(n: u32) -> u32 {
    let mut g = guard(n);
    let f = async {
        g = guard(2);
    };
    f.await;
    0
}
async fn e_more(n: u32) -> u32 {
    let mut x = n;
    let f = async move {
        let inner = async move {
            x = 3;
        };
        inner.await;
    };
    f.await;
    0
}
async fn h_more(n: u32) -> u32 {
    let mut x = n;
    let f = async move {
        loop {
            x = x + 1;
            if x > 10 { break; }
        }
    };
    f.await;
    x
}
