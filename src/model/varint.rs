//! Unsigned LEB128 varints, shared by the food-table file and share links.

/// Appends `value` in 7-bit groups, low first; the high bit marks "more follows".
pub fn put(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Why a byte or number could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// The bytes ended first.
    Truncated,
    /// More than ten groups: not a u64.
    TooLong,
}

/// Reads bytes and varints from a slice, never past its end.
pub struct Cursor<'a> {
    pub bytes: &'a [u8],
    pub at: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(bytes: &'a [u8]) -> Cursor<'a> {
        Cursor { bytes, at: 0 }
    }

    pub fn byte(&mut self) -> Result<u8, ReadError> {
        let b = *self.bytes.get(self.at).ok_or(ReadError::Truncated)?;
        self.at += 1;
        Ok(b)
    }

    pub fn varint(&mut self) -> Result<u64, ReadError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(ReadError::TooLong)
    }

    /// The next `len` bytes, if there are that many.
    pub fn take(&mut self, len: usize) -> Result<&'a [u8], ReadError> {
        let end = self
            .at
            .checked_add(len)
            .filter(|end| *end <= self.bytes.len())
            .ok_or(ReadError::Truncated)?;
        let bytes = &self.bytes[self.at..end];
        self.at = end;
        Ok(bytes)
    }

    pub fn is_at_end(&self) -> bool {
        self.at == self.bytes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_and_bad_ones_are_refused() {
        for v in [0u64, 1, 127, 128, 300, 571_700, u64::from(u32::MAX), u64::MAX] {
            let mut out = Vec::new();
            put(&mut out, v);
            let mut cursor = Cursor::new(&out);
            assert_eq!(cursor.varint(), Ok(v));
            assert!(cursor.is_at_end());
        }
        assert_eq!(Cursor::new(&[0x80]).varint(), Err(ReadError::Truncated));
        assert_eq!(Cursor::new(&[0xff; 11]).varint(), Err(ReadError::TooLong));
        assert_eq!(Cursor::new(&[1, 2]).take(3), Err(ReadError::Truncated));
    }
}
