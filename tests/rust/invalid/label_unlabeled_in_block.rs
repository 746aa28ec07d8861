// invalid (flow40): an unlabeled `break` inside a labeled block inside a loop (E0695)
fn f(n: u32) -> u32 {
    loop {
        let v = 'a: {
            if n > 1 { break; } //~ ERROR [E0695] unlabeled `break` inside of a labeled block
            n
        };
        return v;
    }
}
