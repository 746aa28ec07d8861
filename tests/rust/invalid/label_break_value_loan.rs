// invalid (flow40): a loan carried out of a loop by `break value` is live after it (E0506)
fn f(n: u32) -> u32 {
    let mut x = n;
    let r = loop {
        break Some(&x)
    };
    x = 3; //~ ERROR [E0506] cannot assign to `x` because it is borrowed
    match r { Some(v) => *v, None => 0 }
}
