//! Small linear models compiled into the core: hashed features, weights quantized to one
//! signed byte each, scored by summing a feature's weights per class. The models of actor
//! kinds (`actors/model.rs`) and pronoun antecedents (`coref`) share this; each is trained by
//! an example program in `core/examples/` over the same feature function the core runs.

/// The bucket of a feature made of `parts`, among `buckets` (a power of two): FNV-1a over the
/// parts, each closed by a separator so that ("ab", "c") and ("a", "bc") differ.
pub(crate) fn bucket(parts: &[&[u8]], buckets: usize) -> u32 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for &b in *p {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h ^ (h >> 29)) as u32 & (buckets as u32 - 1)
}

/// The weights of a model with `N` classes: a four-byte magic, the bucket count (u32 LE), the
/// scale (f32 LE), then `buckets × N` signed bytes, a bucket's classes together.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Weights<const N: usize> {
    buckets: usize,
    scale: f32,
    bytes: &'static [u8],
}

impl<const N: usize> Weights<N> {
    /// Reads weights written with `magic` for `buckets` buckets; `None` when the bytes are not
    /// such a model (the core then keeps its rules).
    pub(crate) fn parse(bytes: &'static [u8], magic: &[u8; 4], buckets: usize) -> Option<Weights<N>> {
        if bytes.len() < 12 || &bytes[..4] != magic {
            return None;
        }
        let n = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
        let scale = f32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
        let body = bytes.get(12..12 + n.checked_mul(N)?)?;
        (n == buckets && scale.is_finite()).then_some(Weights {
            buckets,
            scale,
            bytes: body,
        })
    }

    /// The score of each class for the features `feats` (buckets below the bucket count).
    pub(crate) fn scores(&self, feats: &[u32]) -> [f32; N] {
        let mut s = [0.0f32; N];
        for &f in feats {
            let at = (f as usize % self.buckets) * N;
            for (c, v) in s.iter_mut().enumerate() {
                *v += f32::from(self.bytes[at + c] as i8) * self.scale;
            }
        }
        s
    }
}

/// The best class of `scores` and how far it leads the next.
pub(crate) fn best<const N: usize>(scores: &[f32; N]) -> (usize, f32) {
    let mut order: [usize; N] = std::array::from_fn(|i| i);
    crate::sort::by(&mut order, |&a, &b| scores[b].total_cmp(&scores[a]));
    let margin = if N > 1 {
        scores[order[0]] - scores[order[1]]
    } else {
        0.0
    };
    (order[0], margin)
}

/// Writes weights in the format [`Weights::parse`] reads: each weight divided by the scale
/// (the largest magnitude over 127) and rounded.
#[cfg(feature = "train")]
pub fn quantize(magic: &[u8; 4], buckets: usize, weights: &[f32]) -> Vec<u8> {
    let max = weights.iter().fold(0.0f32, |m, w| m.max(w.abs()));
    let scale = if max > 0.0 { max / 127.0 } else { 1.0 };
    let mut out = Vec::with_capacity(12 + weights.len());
    out.extend_from_slice(magic);
    out.extend_from_slice(&(buckets as u32).to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend(
        weights
            .iter()
            .map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8),
    );
    out
}

/// Fits a multinomial logistic regression over hashed features with AdaGrad, class weights
/// that balance the classes, and L2; deterministic (a fixed shuffle). `examples` are
/// (features, class); returns `buckets × classes` weights.
#[cfg(feature = "train")]
pub fn fit(
    examples: &[(Vec<u32>, usize)],
    classes: usize,
    buckets: usize,
    epochs: usize,
    lr: f32,
    l2: f32,
) -> Vec<f32> {
    let mut w = vec![0.0f32; buckets * classes];
    let mut g2 = vec![1e-6f32; buckets * classes];
    let mut counts = vec![0usize; classes];
    for (_, y) in examples {
        counts[*y] += 1;
    }
    let weight: Vec<f32> = counts
        .iter()
        .map(|&n| examples.len() as f32 / (classes as f32 * n.max(1) as f32))
        .collect();
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..epochs {
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for &i in &order {
            let (feats, y) = &examples[i];
            let mut s = vec![0.0f32; classes];
            for &f in feats {
                for (c, v) in s.iter_mut().enumerate() {
                    *v += w[f as usize * classes + c];
                }
            }
            let max = s.iter().copied().fold(f32::MIN, f32::max);
            let z: f32 = s.iter().map(|v| (v - max).exp()).sum();
            for &f in feats {
                for (c, &sc) in s.iter().enumerate() {
                    let p = (sc - max).exp() / z;
                    let at = f as usize * classes + c;
                    let g = weight[*y] * (p - f32::from(u8::from(c == *y))) + l2 * w[at];
                    g2[at] += g * g;
                    w[at] -= lr * g / g2[at].sqrt();
                }
            }
        }
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A model of `buckets` buckets and two classes whose bucket `i` weighs `(i, -i)`.
    fn bytes(magic: &[u8; 4], buckets: usize) -> &'static [u8] {
        let mut b = Vec::new();
        b.extend_from_slice(magic);
        b.extend_from_slice(&(buckets as u32).to_le_bytes());
        b.extend_from_slice(&0.5f32.to_le_bytes());
        for i in 0..buckets {
            b.push(i as u8);
            b.push((-(i as i8)) as u8);
        }
        Box::leak(b.into_boxed_slice())
    }

    #[test]
    fn weights_are_read_and_summed() {
        let w = Weights::<2>::parse(bytes(b"TEST", 4), b"TEST", 4).expect("a model");
        assert_eq!(w.scores(&[1, 3]), [2.0, -2.0]);
        assert_eq!(w.scores(&[]), [0.0, 0.0]);
        assert_eq!(best(&w.scores(&[2])), (0, 2.0));
    }

    #[test]
    fn bad_weights_are_refused() {
        let cases: &[(&str, &'static [u8], usize)] = &[
            ("empty", b"", 4),
            ("another magic", bytes(b"ELSE", 4), 4),
            ("another size", bytes(b"TEST", 8), 4),
            ("cut short", &bytes(b"TEST", 4)[..15], 4),
        ];
        for (name, b, buckets) in cases {
            assert!(Weights::<2>::parse(b, b"TEST", *buckets).is_none(), "case {name}");
        }
    }

    #[test]
    fn buckets_stay_in_range_and_tell_parts_apart() {
        for parts in [&[&b"a"[..], b"bc"][..], &[b"ab", b"c"], &[b""]] {
            assert!(bucket(parts, 1 << 10) < 1 << 10);
        }
        assert_ne!(bucket(&[b"a", b"bc"], 1 << 20), bucket(&[b"ab", b"c"], 1 << 20));
    }
}
