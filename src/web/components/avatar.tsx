import './avatar.css';
import { photoUrl, usePhotoVersions } from '../api/photos.js';

/** "Ada Okafor" → "AO"; one word → its first letter. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words.at(-1)] : words.slice(0, 1);
  return letters.map((word) => Array.from(word ?? '')[0]?.toUpperCase() ?? '').join('');
}

/**
 * A person's photo, or their initials when they have none. Decorative: the name is always
 * written beside it, so the picture has empty alt text.
 */
export function Avatar({ personId, name, size }: { personId: string; name: string; size?: 'small' | 'large' }) {
  const versions = usePhotoVersions();
  const hash = versions.data?.get(personId);
  return (
    <span className={`avatar${size ? ` ${size}` : ''}`} aria-hidden={hash ? undefined : true}>
      {hash ? <img src={photoUrl(personId, hash)} alt="" loading="lazy" data-testid="avatar-photo" /> : initials(name)}
    </span>
  );
}
