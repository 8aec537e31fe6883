/**
 * A short two-note chime from the Web Audio API: no sound file to download. Browsers only let a
 * page play sound after a user gesture, which turning the sound toggle on is.
 */
export function playChime() {
  const context = new AudioContext();
  [660, 880].forEach((frequency, index) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const start = context.currentTime + index * 0.18;
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.15, start);
    gain.gain.exponentialRampToValueAtTime(0.001, start + 0.3);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.3);
  });
  setTimeout(() => void context.close(), 1000);
}
