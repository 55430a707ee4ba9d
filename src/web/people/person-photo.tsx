import './person-photo.css';
import { useRef } from 'react';
import { usePhotoInfo, useRemovePhoto, useSetPhoto } from '../api/photos.js';
import { Avatar } from '../components/avatar.js';
import { ErrorMessage } from '../components/error-message.js';
import { useToast } from '../components/toasts.js';

/**
 * The person's photo (or initials) with its controls: choose a picture (on a phone the
 * picker offers the camera), or remove it. The server resizes it; a picture it cannot read
 * or one too large is refused in words and the photo before stays.
 */
export function PersonPhoto({ personId, name }: { personId: string; name: string }) {
  const info = usePhotoInfo(personId);
  const set = useSetPhoto(personId);
  const remove = useRemovePhoto(personId);
  const toast = useToast();
  const input = useRef<HTMLInputElement>(null);
  const photo = info.data ?? null;

  return (
    <div className="person-photo">
      <Avatar personId={personId} name={name} size="large" />
      <div className="person-photo-actions">
        <label className="button">
          <input
            ref={input}
            type="file"
            accept="image/*"
            aria-label={photo ? `Change photo of ${name}` : `Add a photo of ${name}`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (!file) return;
              remove.reset();
              set.mutate(file, { onSuccess: () => toast({ message: `Photo of ${name} saved.` }) });
            }}
          />
          <span>{set.isPending ? 'Saving photo…' : photo ? 'Change photo' : 'Add photo'}</span>
        </label>
        {photo ? (
          <button
            type="button"
            className="button"
            disabled={remove.isPending}
            onClick={() => {
              set.reset();
              remove.mutate(undefined, { onSuccess: () => toast({ message: `Photo of ${name} removed.` }) });
            }}
          >
            Remove photo
          </button>
        ) : null}
        {photo?.kind === 'link' && photo.url ? (
          <span className="photo-link">
            Photo at{' '}
            <a href={photo.url} rel="noreferrer noopener" target="_blank">
              {photo.url}
            </a>{' '}
            (not fetched)
          </span>
        ) : null}
      </div>
      <ErrorMessage error={set.error ?? remove.error} />
    </div>
  );
}
