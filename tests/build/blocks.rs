// covers: block expressions with lets and tail values, nested blocks, unit blocks as statements
fn blocks(a: u32) -> u32 {
    let x = {
        let t = a + 1;
        t * 2
    };
    {
        let u = x;
        observe(u);
    }
    let y = { { x } };
    x + y
}
