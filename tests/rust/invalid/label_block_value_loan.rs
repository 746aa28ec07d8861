// invalid (flow40): a loan carried out of a labeled block by `break 'a value` (E0506)
fn f(n: u32) -> u32 {
    let mut x = n;
    let r = 'a: {
        break 'a Some(&x)
    };
    x = 3; //~ ERROR [E0506] cannot assign to `x` because it is borrowed
    match r { Some(v) => *v, None => 0 }
}
