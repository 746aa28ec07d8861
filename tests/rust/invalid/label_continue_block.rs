// invalid (flow40): `continue` to a labeled block (E0696)
fn f(n: u32) -> u32 {
    'a: {
        if n > 1 { continue 'a; } //~ ERROR [E0696] `continue` pointing to a labeled block
    }
    n
}
